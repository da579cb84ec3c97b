// How the decision commands (`plan prioritize`, `plan select`) report problems: diagnostics through the
// reporters of `plan validate`, and usage errors also as JSON on stdout with --format json.
import type { Diagnostic, Lang } from '../core/diagnostics/diagnostic.js';
import { resolveLang } from '../i18n/catalog.js';
import type { LoadedWorkspace } from '../io/load-workspace.js';
import { resolvePositions } from '../io/check-workspace.js';
import { EXIT, UsageError } from './errors.js';
import { useColor, type CliIO } from './io.js';
import { VERSION } from './version.js';

/** How a decision command reports problems: in its --format (json: the report of plan validate, else its pretty report). */
export interface ReportStyle {
  format: 'table' | 'json' | 'csv';
  lang: Lang;
}

/** Prints diagnostics with their positions through the reporters of plan validate; exit code 1. */
export async function printDiagnostics(ds: Diagnostic[], ws: LoadedWorkspace, io: CliIO, style: ReportStyle): Promise<number> {
  const sources = await resolvePositions(ds, ws.sources);
  const { diagnosticsReport } = await import('./report-diagnostics.js');
  const { compareDiagnostics } = await import('../core/diagnostics/diagnostic.js');
  io.stdout.write(
    diagnosticsReport([...ds].sort(compareDiagnostics), {
      lang: style.lang,
      format: style.format === 'json' ? 'json' : 'pretty',
      sources,
      color: style.format === 'table' && useColor(io),
    }),
  );
  return EXIT.findings;
}

/** When a file the command needs is missing or invalid: its load diagnostics if any, else a usage error (in JSON too with --format json). */
export async function reportLoadProblems(ws: LoadedWorkspace, io: CliIO, message: string, style: ReportStyle): Promise<number> {
  const ds = ws.diagnostics.filter((d) => d.severity === 'error');
  if (!ds.length) throw jsonUsage(new UsageError(message), io, style);
  io.stderr.write(message + '\n');
  return printDiagnostics(ds, ws, io, style);
}

/** Runs a decision command; with --format json, a usage error it raises is also given on stdout as JSON. */
export async function jsonOnUsage(run: () => Promise<number>, flags: { format: ReportStyle['format']; lang?: string }, io: CliIO): Promise<number> {
  try {
    return await run();
  } catch (err) {
    if (err instanceof UsageError && !(err as { reported?: boolean }).reported)
      throw jsonUsage(err, io, { format: flags.format, lang: resolveLang(flags.lang, undefined, io.env) });
    throw err;
  }
}

/** With --format json a usage error is also written to stdout as a JSON report with an `error` field, so stdout is always JSON. */
export function jsonUsage(err: UsageError, io: CliIO, style: ReportStyle): UsageError {
  if ((err as { reported?: boolean }).reported) return err;
  (err as { reported?: boolean }).reported = true;
  if (style.format === 'json')
    io.stdout.write(
      JSON.stringify(
        {
          tool: { name: 'plan', version: VERSION },
          lang: style.lang,
          summary: { errors: 0, warnings: 0, infos: 0, files: 0 },
          workspaces: [],
          diagnostics: [],
          error: err.message,
        },
        null,
        2,
      ) + '\n',
    );
  return err;
}
