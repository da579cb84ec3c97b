// Puts the ranking into priorities.yaml through the yaml Document API (comments and key order kept).
import { Pair, Scalar, type Document, type YAMLMap, type YAMLSeq } from 'yaml';
import type { Lang } from '../diagnostics/diagnostic.js';
import { td } from '../../i18n/decide.js';
import { DEFAULT_TIE_BREAK } from './criteria.js';
import { DEFAULT_CRITERIA, DEFAULT_SCALE } from './default-criteria.js';
import type { RankedPriority } from './ranked-priority.js';

/** Sets weighted_score and rank on each priority, and the scores computed from consultations. */
export function writeRanking(doc: Document, ranked: readonly RankedPriority[], computed: ReadonlyMap<string, Record<string, number>>): void {
  const seq = doc.get('priorities') as YAMLSeq<YAMLMap>;
  const byId = new Map(ranked.map((r) => [r.id, r]));
  seq.items.forEach((item, i) => {
    const id = String(item.get('id'));
    const r = byId.get(id);
    if (!r) return;
    for (const [c, v] of Object.entries(computed.get(id) ?? {})) doc.setIn(['priorities', i, 'scores', c], v);
    doc.setIn(['priorities', i, 'weighted_score'], r.weighted_score);
    doc.setIn(['priorities', i, 'rank'], r.rank);
  });
}

/** Adds the default criteria, weights_total and tie_break after `axes`, each with a comment in `lang`. */
export function writeDefaultCriteria(doc: Document, lang: Lang): number {
  const node = doc.createNode(
    DEFAULT_CRITERIA.map((c) => ({ id: c.id, name: c.name, weight: c.weight, scale: { ...DEFAULT_SCALE }, direction: c.direction, source: 'manual' })),
  ) as YAMLSeq<YAMLMap>;
  node.items.forEach((item) => {
    for (const p of item.items) if (['name', 'scale'].includes(String((p.key as Scalar).value))) (p.value as YAMLMap).flow = true;
  });
  const key = new Scalar('criteria');
  key.commentBefore = ' ' + td('init.header', lang);
  const tie = new Scalar('tie_break');
  tie.commentBefore = ' ' + td('init.tieBreak', lang);
  const root = doc.contents as YAMLMap;
  const at = root.items.findIndex((p) => String((p.key as Scalar).value) === 'axes');
  const total = DEFAULT_CRITERIA.reduce((s, c) => s + c.weight, 0);
  const pairs: Pair[] = [new Pair(key, node)];
  // A weights_total already there is set to the defaults' total; a tie_break already there is the council's choice.
  if (root.has('weights_total')) root.set('weights_total', total);
  else pairs.push(new Pair(new Scalar('weights_total'), new Scalar(total)));
  if (!root.has('tie_break')) pairs.push(new Pair(tie, new Scalar(DEFAULT_TIE_BREAK)));
  root.items.splice(at < 0 ? root.items.length : at + 1, 0, ...pairs);
  return DEFAULT_CRITERIA.length;
}
