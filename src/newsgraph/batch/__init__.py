"""Running the analysis over many documents: in-process or on a local process pool."""

from newsgraph.batch.pool import WORKER_DIED, AnalysisPool, Analyzer, Job, Outcome, default_analyze

__all__ = ["WORKER_DIED", "AnalysisPool", "Analyzer", "Job", "Outcome", "default_analyze"]
