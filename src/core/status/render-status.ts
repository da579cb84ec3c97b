// `plan status` as text: one line per checklist item, marker and id first (Latin at the line start
// keeps Arabic lines readable), then the title, then the article; the calendar with days left.
import type { Lang } from '../diagnostics/diagnostic.js';
import { isolateArabic } from '../text/bidi.js';
import { basisText } from '../../i18n/basis.js';
import type { CalendarEntry, ItemState, StatusReport } from './status-report.js';

/** Translates a status message id. */
export type StatusWords = (key: string, args?: Record<string, string | number>) => string;

export interface RenderOptions {
  lang: Lang;
  words: StatusWords;
  /** Title of a rule in the language, by code. */
  ruleTitle: (code: string) => string;
  /** Wrap Arabic runs in isolates (on by default; PLAN_BIDI=none turns it off). */
  isolate: boolean;
}

const MARK: Record<ItemState, string> = { done: '[x]', missing: '[ ]', warning: '[!]', error: '[E]', off: '[-]' };

/** The title of a checklist item in the language. */
export function itemTitle(id: string, source: 'requirement' | 'rule', o: Pick<RenderOptions, 'words' | 'ruleTitle'>): string {
  if (source === 'rule') return o.ruleTitle(id);
  const t = o.words(`req.${id}`);
  return t === `req.${id}` ? id : t;
}

/** The report as text for a terminal. */
export function renderStatus(r: StatusReport, o: RenderOptions): string {
  const w = o.words;
  const iso = (s: string) => (o.isolate ? isolateArabic(s) : s);
  const lines: string[] = [];
  const header = r.current === 6 ? w('s.allDone') : w('s.header', { n: r.current, name: w(`phase.${r.current}`) });
  lines.push(`${r.workspace}  ${iso(header)}  (${iso(w('s.counts', r.counts))})`);
  if (r.vote === 'rejected') lines.push(`  ${iso(w('s.voteRejected'))}`);
  if (r.vote === 'tie_undecided') lines.push(`  ${iso(w('s.voteTie'))}`);
  if (r.update) lines.push(`  ${iso(w('s.updateOpen', { n: r.update.number, date: r.update.started_on, base: r.update.base }))}`);
  for (const p of r.phases) {
    lines.push('');
    const head = w('s.phase', { n: p.phase, name: w(`phase.${p.phase}`) }) + (p.complete ? ` — ${w('s.complete')}` : '');
    lines.push(`${p.phase === r.current ? '>' : ' '} ${iso(head)}`);
    const idWidth = Math.max(...p.items.map((i) => i.id.length));
    for (const i of p.items) {
      const extra = [i.findings ? w('s.findings', { n: i.findings }) : '', i.unverified ? w('s.unverified') : ''].filter(Boolean);
      const title = itemTitle(i.id, i.source, o) + (extra.length ? ` (${extra.join(', ')})` : '');
      lines.push(`    ${MARK[i.state]} ${i.id.padEnd(idWidth)}  ${iso(title)}${i.basis ? `  · ${iso(basisText(i.basis, o.lang))}` : ''}`);
    }
  }
  lines.push('', iso(w('s.next')));
  if (!r.next.length) lines.push(`  ${iso(w('s.nextNone'))}`);
  for (const n of r.next) {
    if (n.item.startsWith('cal.')) {
      const key = (n.item === 'cal.update_window' ? 's.stepFrom' : 's.step') + (n.command ? '' : 'Plain');
      const step = w(n.item, n.year !== undefined ? { year: n.year } : undefined);
      lines.push(`  - ${iso(w(key, { step, date: n.date ?? '', command: n.command ?? '' }))}`);
      continue;
    }
    // A rule in error, or a file that failed to load: both are fixed, not added.
    const isRule = /^PAC-/.test(n.item) || n.command === 'plan validate';
    const label = isRule ? w('s.fix', { command: `${n.command} (${n.item})` }) : w('s.add', { command: n.command ?? n.item });
    lines.push(`  - ${n.item}: ${iso(label)}`);
  }
  lines.push('', iso(w('s.calendar', { today: r.today })));
  if (!r.calendar.length) lines.push(`  ${iso(w('s.calendarNone'))}`);
  for (const c of r.calendar) lines.push(`  ${c.date}  ${iso(calendarLine(c, w))}  · ${iso(basisText(c.basis, o.lang))}`);
  const s = r.session;
  if (s && s.how !== 'recorded') {
    const referral = r.calendar.find((c) => c.id === 'committee_referral')?.date ?? '';
    lines.push(
      `  ${iso(w(`s.session.${s.how}`, { date: s.date, earliest: s.earliest ?? '', latest: s.latest ?? '', from: s.extraordinary?.from ?? '', to: s.extraordinary?.to ?? '', referral }))}`,
    );
    if (s.how === 'next_ordinary' && s.extraordinary) lines.push(`  ${iso(w('s.session.extraordinary', s.extraordinary))}`);
  } else if (s) lines.push(`  ${iso(w('s.session.recorded', { date: s.date }))}`);
  return lines.join('\n') + '\n';
}

function calendarLine(c: CalendarEntry, w: StatusWords): string {
  const when = c.days_left > 0 ? w('s.daysLeft', { n: c.days_left }) : c.days_left === 0 ? w('s.today') : w('s.daysAgo', { n: -c.days_left });
  const parts = [w(`cal.${c.id}`, c.year !== undefined ? { year: c.year } : undefined)];
  if (c.recorded && c.future) parts.push(w('s.recordedFuture', { date: c.recorded }));
  else if (c.recorded) parts.push(w(c.met ? 's.recordedOk' : 's.recordedLate', { date: c.recorded }));
  else if (c.days_left < 0 && !c.estimated && c.id !== 'update_window') parts.push(w('s.overdue', { n: -c.days_left }));
  else parts.push(when);
  if (c.estimated) parts.push(w('s.estimated'));
  if (c.unverified) parts.push(w('s.unverified'));
  return parts.join(' — ');
}
