/** A prepared answer an agent inserts into a reply and edits before sending. */
export interface CannedReply {
  /** What the agent picks it by. */
  readonly title: string;
  /** The text inserted into the reply. */
  readonly body: string;
}

/** The draft with `body` added: in place of an empty draft, else after what is there as a new paragraph. */
export function withCannedReply(draft: string, body: string): string {
  const kept = draft.trimEnd();
  return kept ? `${kept}\n\n${body}` : body;
}
