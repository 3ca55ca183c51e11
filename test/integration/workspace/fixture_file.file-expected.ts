// PLACEHOLDER: golden file not generated yet. Replace this whole file with the expected
// document text (the lead generates it from the core; the integration test prints the actual text).
export {};
