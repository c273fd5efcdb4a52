"""Benchmarks: run on demand (`python -m benchmarks.<name>`), results written to RESULTS.md."""
