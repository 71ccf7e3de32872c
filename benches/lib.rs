//! Shared fixtures for the workspace benchmarks (the benchmarks themselves are the `[[bench]]` targets).
