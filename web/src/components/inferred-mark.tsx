/**
 * The mark of an event the learned paragraph model read rather than a trigger pattern: «(استنباطی)»,
 * with why on hover. Nothing for a pattern event. `<InferredMark inferred={event.inferred} />`.
 */
export function InferredMark({ inferred }: { inferred?: boolean }) {
  return inferred ? <span class="inferred" title="برداشت مدل آماری از بند، نه الگوی فعل">(استنباطی)</span> : null;
}
