"""envoy: turn news articles into facts about government officials.

Airflow-free: the DAGs in ``dags/`` and the tests import this package; nothing here imports Airflow.
"""

__version__ = "0.1.0"
# Stored with every fact: which code and model produced it.
EXTRACTOR_VERSION = f"envoy-{__version__}+en_core_web_sm-3.8.0"
