/**
 * Whether a request's If-None-Match names the response's entity tag (RFC 9110 13.1.2: weak
 * comparison, a list, or "*"): then the answer is 304 Not Modified, with no body.
 */
export function notModified(ifNoneMatch: string | undefined, etag: string | undefined): boolean {
  if (!ifNoneMatch || !etag) return false;
  if (ifNoneMatch.trim() === "*") return true;
  const opaque = (tag: string) => tag.trim().replace(/^W\//, "");
  const wanted = opaque(etag);
  return ifNoneMatch.split(",").some((tag) => opaque(tag) === wanted);
}
