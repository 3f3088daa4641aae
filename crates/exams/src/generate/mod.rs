//! Generated questions: offline generators and the LLM generator. Every item passes `check`.
