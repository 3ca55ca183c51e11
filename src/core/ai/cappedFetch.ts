// A `fetch` for the `openai` SDK that never lets a response body grow past a cap. The SDK buffers
// the whole body (`response.json()`): a 100 MB answer would be used as is, a 2 GB streamed one
// crashes Node. Here the body is counted as it arrives and the read fails as soon as it passes the
// cap, so at most `maxBytes` (plus one network chunk) is ever held.

/** No chat completion Docwright asks for comes near this; anything larger is not an answer. */
export const MAX_RESPONSE_BYTES = 4 * 1024 * 1024;

/** The body (announced or received) is larger than the cap. Not retried: it would be again. */
export class ResponseTooLargeError extends Error {
  constructor(readonly maxBytes: number) {
    super(`The server's answer is larger than ${sizeText(maxBytes)}; no chat completion is that large. Check that the base URL points at an OpenAI-compatible API.`);
    this.name = 'ResponseTooLargeError';
  }
}

export type FetchLike = (input: string | URL | Request, init?: RequestInit) => Promise<Response>;

/** `inner` with every body capped at `maxBytes`; a `content-length` above it fails before reading. */
export function cappedFetch(maxBytes: number = MAX_RESPONSE_BYTES, inner: FetchLike = globalThis.fetch): FetchLike {
  return async (input, init) => {
    const response = await inner(input, init);
    const announced = Number(response.headers.get('content-length') ?? NaN);
    if (Number.isFinite(announced) && announced > maxBytes) {
      await response.body?.cancel().catch(() => undefined);
      throw new ResponseTooLargeError(maxBytes);
    }
    if (!response.body) return response;
    const capped = new Response(countedBody(response.body, maxBytes), { status: response.status, statusText: response.statusText, headers: response.headers });
    // The SDK logs the URL; a Response built here has none of its own.
    Object.defineProperty(capped, 'url', { value: response.url });
    return capped;
  };
}

/** `body`, passed through chunk by chunk until more than `maxBytes` have come; then an error, and the source is cancelled (the connection closes). */
function countedBody(body: ReadableStream<Uint8Array>, maxBytes: number): ReadableStream<Uint8Array> {
  const reader = body.getReader();
  let received = 0;
  return new ReadableStream<Uint8Array>({
    async pull(controller) {
      const { done, value } = await reader.read();
      if (done) {
        controller.close();
        return;
      }
      received += value.byteLength;
      if (received > maxBytes) {
        controller.error(new ResponseTooLargeError(maxBytes));
        await reader.cancel().catch(() => undefined);
        return;
      }
      controller.enqueue(value);
    },
    cancel(reason) {
      return reader.cancel(reason);
    },
  }, { highWaterMark: 0 });
}

function sizeText(bytes: number): string {
  if (bytes >= 1024 * 1024 && bytes % (1024 * 1024) === 0) return `${bytes / (1024 * 1024)} MB`;
  if (bytes >= 1024 && bytes % 1024 === 0) return `${bytes / 1024} KB`;
  return `${bytes} bytes`;
}
