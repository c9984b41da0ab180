"""What the warehouse holds, as readable tables (the analyst views in sql/views)."""

from __future__ import annotations

from tabulate import tabulate

REPORTS = {
    "Officials": """
        SELECT name, country, array_to_string(titles, '; ') AS titles, articles
        FROM official_overview ORDER BY country NULLS LAST, name""",
    "Trips": """
        SELECT traveler, destination, destination_country AS country, start_date, end_date, status,
               purpose
        FROM trip_overview ORDER BY start_date NULLS LAST, traveler""",
    "Meetings": """
        SELECT array_to_string(participants, ', ') AS participants, host,
               COALESCE(meeting_date::text, range_start || '..' || range_end) AS date,
               part_of_day, place, kind, status
        FROM meeting_overview ORDER BY meeting_date NULLS LAST, range_start, participants""",
}


def render(conn) -> str:
    sections = []
    with conn.cursor() as cur:
        for title, query in REPORTS.items():
            cur.execute(query)
            headers = [c.name for c in cur.description]
            rows = cur.fetchall()
            sections.append(f"{title} ({len(rows)})\n{tabulate(rows, headers, missingval='-')}")
    return "\n\n".join(sections)
