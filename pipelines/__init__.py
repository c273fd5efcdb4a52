"""Item pipelines and the plain functions behind them: normalize, extract, dedupe, store."""
