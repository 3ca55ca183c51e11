/** A file's new bytes and its diff: what generate, fix and batch apply write or show. */
import { createTwoFilesPatch, FILE_HEADERS_ONLY } from 'diff';
import type { FileGeneration } from '../core/generate/generateFile';
import { decodeSource, EncodingError, spliceBytes } from '../core/text/encoding';
import type { SourceFile } from './files';

/**
 * The file's new bytes: the docstrings spliced into the bytes as read (every other byte copied),
 * proven to decode to the text the pipeline verified.
 */
export function newBytes(file: SourceFile, result: Pick<FileGeneration, 'edits' | 'newText'>): Buffer {
  const bytes = spliceBytes(file.bytes, file.decoded, result.edits);
  if (decodeSource(bytes, file.language).text !== result.newText) throw new EncodingError('the result would not read back as the text Docwright checked; nothing was written');
  return bytes;
}

/** A unified diff of the file's text (jsdiff: the format `git apply` and `patch -p1` read). */
export function unifiedDiff(path: string, before: string, after: string): string {
  const name = path.split('\\').join('/');
  return createTwoFilesPatch(`a/${name}`, `b/${name}`, before, after, undefined, undefined, { headerOptions: FILE_HEADERS_ONLY });
}
