/** Identifiers the manifest, the features and the tests share. */
export const COMMANDS = {
  generateDocstring: 'docwright.generateDocstring',
  generateFile: 'docwright.generateFile',
} as const;

export const CODE_ACTION_TITLES = {
  generate: 'Generate docstring',
  regenerate: 'Regenerate docstring',
} as const;

export const OUTPUT_CHANNEL = 'Docwright';
