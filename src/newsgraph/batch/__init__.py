"""Running the analysis over many documents: in-process or on a local process pool."""

from newsgraph.batch.pool import (
    WORKER_DIED,
    AnalysisPool,
    Analyzer,
    BatchAnalyzer,
    Job,
    Outcome,
    default_analyze,
    one_at_a_time,
)

__all__ = ["WORKER_DIED", "AnalysisPool", "Analyzer", "BatchAnalyzer", "Job", "Outcome", "default_analyze",
           "one_at_a_time"]
