/** Identifiers the manifest, the features and the tests share. */
export const COMMANDS = {
  generateDocstring: 'docwright.generateDocstring',
  generateFile: 'docwright.generateFile',
  updateDocstring: 'docwright.updateDocstring',
  updateFile: 'docwright.updateFile',
  generateFolder: 'docwright.generateFolder',
  applyBatch: 'docwright.applyBatch',
  batchStatus: 'docwright.batchStatus',
  cancelBatch: 'docwright.cancelBatch',
} as const;

export const CODE_ACTION_TITLES = {
  generate: 'Generate docstring',
  regenerate: 'Regenerate docstring',
  update: 'Update docstring',
  updateFile: 'Update all docstrings in file',
} as const;

/** The diagnostics' source, and the collection's name. */
export const DIAGNOSTIC_SOURCE = 'docwright';

/** Where each diagnostic's code links to: the rules table of the README. */
export const RULES_DOC_URL = 'https://github.com/docwright/docwright#rules';

export const OUTPUT_CHANNEL = 'Docwright';
