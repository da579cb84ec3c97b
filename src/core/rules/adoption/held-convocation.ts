// The convocation at which the adoption session was held: the one with the highest number, since a
// council is convened again only when the previous convocation lacked a quorum (LO 113-14 art. 42).
import type { AdoptionFile } from '../../plan/schema-types.js';

type Session = NonNullable<AdoptionFile['session']>;

/** The held convocation and its index in session.convocations. */
export function heldConvocation(session: Session): { index: number; convocation: Session['convocations'][number] } {
  let index = 0;
  session.convocations.forEach((c, i) => {
    if (c.number > session.convocations[index]!.number) index = i;
  });
  return { index, convocation: session.convocations[index]! };
}
