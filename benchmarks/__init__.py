"""Benchmarks: every figure beside its floor, printed as a table and written as JSON.

Run with ``python -m benchmarks`` (see README "Performance"). Timings live here, not in
tests; tests only check that the suite runs on tiny sizes (``--quick``).
"""
