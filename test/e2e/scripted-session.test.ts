// A whole plan built by a script, as a CI job or a firm's batch would: plan init --answers, then the
// phase commands with flags, checking plan status after each phase, until plan validate accepts it.
// It runs the real executable (bin/plan.js on the build), with no terminal.
import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

const repo = path.resolve(__dirname, '../..');
const bin = path.join(repo, 'bin/plan.js');

function plan(args: string[], cwd: string) {
  const r = spawnSync(process.execPath, [bin, ...args], {
    cwd,
    encoding: 'utf8',
    env: { ...process.env, LANG: 'en_US.UTF-8', NO_COLOR: '1' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}
function ok(args: string[], cwd: string) {
  const r = plan(args, cwd);
  expect(r.code, `plan ${args.join(' ')}\n${r.stderr}`).toBe(0);
  return r;
}
// A day after the last recorded fact (the visa of 24 May 2022), before the publication is due.
const status = (cwd: string) => JSON.parse(ok(['status', '--format', 'json', '--today', '2022-06-10'], cwd).stdout);

describe('a scripted session from plan init to an adopted plan', () => {
  it('builds a complete plan that plan validate accepts, phase by phase', () => {
    const root = mkdtempSync(path.join(tmpdir(), 'plan-session-'));
    const answers = path.join(root, 'answers.yaml');
    writeFileSync(
      answers,
      [
        'region: Rabat-Salé-Kénitra',
        'province: الخميسات',
        'commune: Oulmès',
        'president: Ahmed Test',
        'mandate_start: 2021-09-21',
        'members: 23',
        'census: 2014',
        'women: 8422',
        'men: 8452',
        'period: 2022-2027',
        'languages: [ar, fr]',
        'lang: en',
      ].join('\n'),
    );
    ok(['init', 'oulmes', '--answers', answers], root);
    const ws = path.join(root, 'oulmes');
    expect(status(ws).current).toBe(1);

    // Phase 1: the commune's localities and committees, the diagnosis, the consultations, a survey.
    ok(['add', 'locality', '--id', 'D1', '--name-ar', 'دوار واحد', '--name-fr', 'Douar Un', '--kind', 'douar', '--area', 'rural', '--population', '600'], ws);
    ok(['add', 'committee', '--id', 'FIN', '--name-ar', 'لجنة الميزانية', '--name-fr', 'Commission du budget'], ws);
    // The council's three standing committees (PAC-COM-001).
    ok(['add', 'committee', '--id', 'SERV', '--name-ar', 'لجنة المرافق العمومية والخدمات', '--name-fr', 'Commission des services publics'], ws);
    ok(['add', 'committee', '--id', 'URB', '--name-ar', 'لجنة التعمير وإعداد التراب والبيئة', '--name-fr', "Commission de l'urbanisme"], ws);
    // The equity body (LO art. 120; PAC-COM-001): no command records it yet, so it is written in commune.yaml.
    const communeFile = path.join(ws, 'commune.yaml');
    writeFileSync(communeFile, readFileSync(communeFile, 'utf8') + 'iecag: { created_on: 2021-11-02, members: 9, women: 5 }\n');
    ok(['diagnosis', 'add-sector', '--sector', 'drinking_water'], ws);
    ok(
      [
        'diagnosis',
        'add-indicator',
        '--sector',
        'drinking_water',
        '--name-ar',
        'نسبة الربط بالماء',
        '--name-fr',
        'Taux de raccordement',
        '--value',
        '62',
        '--unit',
        '%',
        '--year',
        '2021',
        '--source',
        'ONEE',
      ],
      ws,
    );
    ok(
      [
        'diagnosis',
        'add-problem',
        '--sector',
        'drinking_water',
        '--id',
        'N1',
        '--text-ar',
        'ضعف الربط بالماء',
        '--text-fr',
        'Faible raccordement',
        '--localities',
        'D1',
      ],
      ws,
    );
    ok(['diagnosis', 'add-potential', '--sector', 'drinking_water', '--id', 'O1', '--text-ar', 'وجود فرشة مائية', '--text-fr', 'Nappe phréatique'], ws);
    ok(
      [
        'diagnosis',
        'swot',
        '--strengths',
        'موقع جيد | Bonne situation',
        '--weaknesses',
        'ضعف التجهيزات | Équipements insuffisants',
        '--opportunities',
        'برامج جهوية | Programmes régionaux',
        '--threats',
        'الجفاف | Sécheresse',
      ],
      ws,
    );
    ok(['diagnosis', 'gender', '--summary-ar', 'النساء أكثر تضررا', '--summary-fr', "Les femmes portent la corvée d'eau"], ws);
    ok(
      [
        'consult',
        'add',
        '--id',
        'K1',
        '--type',
        'workshop_territorial',
        '--date',
        '2021-11-10',
        '--localities',
        'D1',
        '--target-groups',
        'rural,youth,pwd',
        '--women',
        '18',
        '--men',
        '22',
        '--youth',
        '12',
        '--pwd',
        '3',
        '--rural',
        '30',
      ],
      ws,
    );
    ok(['consult', 'add', '--id', 'K2', '--type', 'services_meeting', '--date', '2021-11-20', '--women', '4', '--men', '8'], ws);
    ok(['consult', 'add', '--id', 'K3', '--type', 'iecag', '--date', '2021-12-15', '--women', '5', '--men', '4'], ws);
    ok(
      [
        'consult',
        'import',
        path.join(repo, 'examples/survey/kobo-export.xlsx'),
        '--id',
        'S1',
        '--title-ar',
        'استمارة الأسر',
        '--title-fr',
        'Enquête ménages',
        '--yes',
      ],
      ws,
    );
    expect(status(ws).current).toBe(2);

    // Phase 2: axis, criteria, priority traced to a problem and a consultation.
    ok(
      [
        'add',
        'axis',
        '--id',
        'AX1',
        '--title-ar',
        'البنيات الأساسية',
        '--title-fr',
        'Infrastructures de base',
        '--pdr-link-ar',
        'محور الماء',
        '--pdr-link-fr',
        'Axe eau du PDR',
      ],
      ws,
    );
    ok(['add', 'criterion', '--id', 'beneficiaries', '--name-ar', 'المستفيدون', '--name-fr', 'Bénéficiaires', '--weight', '60', '--yes'], ws);
    ok(['add', 'criterion', '--id', 'urgency', '--name-ar', 'الاستعجال', '--name-fr', 'Urgence', '--weight', '40', '--yes'], ws);
    ok(
      [
        'add',
        'priority',
        '--id',
        'PRI1',
        '--axis',
        'AX1',
        '--sector',
        'drinking_water',
        '--localities',
        'D1',
        '--need-ar',
        'الماء في الدوار',
        '--need-fr',
        'Eau potable au douar',
        '--source-ids',
        'N1,K1',
        '--scores',
        'beneficiaries=4,urgency=5',
      ],
      ws,
    );
    expect(status(ws).current).toBe(3);

    // Phase 3: partners, the three-year projection, a project whose financing closes, its indicator.
    ok(['add', 'partner', '--id', 'COMMUNE', '--name-ar', 'الجماعة', '--name-fr', 'Commune', '--type', 'commune'], ws);
    ok(
      [
        'add',
        'partner',
        '--id',
        'REGION',
        '--name-ar',
        'مجلس الجهة',
        '--name-fr',
        'Conseil régional',
        '--type',
        'region',
        '--commitments',
        '2022=300000,2023=300000',
      ],
      ws,
    );
    for (const y of ['2022', '2023', '2024'])
      ok(
        ['add', 'projection', '--year', y, '--own-resources', '950000', '--transfers', '3100000', '--operating-spend', '3200000', '--debt-service', '100000'],
        ws,
      );
    const project = [
      'add',
      'project',
      '--id',
      'P01',
      '--title-ar',
      'ربط دوار واحد بالماء',
      '--title-fr',
      "Raccordement du douar Un à l'eau",
      '--axis',
      'AX1',
      '--sector',
      'drinking_water',
      '--priority-ids',
      'PRI1',
      '--localities',
      'D1',
      '--women',
      '310',
      '--men',
      '290',
      '--start-year',
      '2022',
      '--end-year',
      '2023',
      '--pdr-link-ar',
      'محور الماء',
      '--pdr-link-fr',
      'Axe eau',
      '--objectives',
      "ربط الدوار بالماء | Raccorder le douar à l'eau",
      '--activities',
      'أشغال الربط | Travaux de raccordement',
      '--yes',
    ];
    // Financing that does not close is refused before anything is written, with the totals.
    const short = plan([...project, '--estimated-cost', '1100000', '--financing', 'COMMUNE:2022=200000,2023=200000; REGION:2022=300000,2023=300000'], ws);
    expect(short.code).toBe(2);
    expect(short.stderr).toMatch(/--financing.*1,000,000.*1,100,000/);
    const withCost = [...project, '--estimated-cost', '1000000', '--financing', 'COMMUNE:2022=200000,2023=200000; REGION:2022=300000,2023=300000'];
    const saved = ok(withCost, ws);
    expect(saved.stdout).toMatch(/Σ .*2022: 500,000\sMAD .*= 1,000,000\sMAD \/ 1,000,000\sMAD/);
    ok(
      [
        'add',
        'indicator',
        '--id',
        'I1',
        '--name-ar',
        'عدد الأسر المربوطة',
        '--name-fr',
        'Ménages raccordés',
        '--project',
        'P01',
        '--unit',
        'ménages',
        '--baseline-value',
        '20',
        '--target',
        '120',
        '--yes',
      ],
      ws,
    );
    ok([...withCost, '--indicator-ids', 'I1', '--force'], ws);
    // The region's money in years 1-3 rests on the agreement signed with it (PAC-FIN-007), written in the sheet.
    const sheet = path.join(ws, 'projects', 'P01.yaml');
    writeFileSync(sheet, readFileSync(sheet, 'utf8') + 'agreement: { reference: CONV-REGION-01/2022, signed_on: 2022-02-10 }\n');
    expect(status(ws).current).toBe(4);

    // Phases 4 and 5: referral ≥ 30 days before the session, report, session, votes, visa.
    ok(['adopt', 'referral', '--date', '2022-03-25', '--committees', 'FIN'], ws);
    ok(['adopt', 'report', '--committee', 'FIN', '--date', '2022-04-15', '--reference', 'RAP-FIN-2022', '--yes'], ws);
    expect(status(ws).current).toBe(5);
    ok(['adopt', 'session', '--type', 'ordinary', '--date', '2022-05-03', '--agenda-sent-to-governor-on', '2022-04-08', '--present', '15', '--yes'], ws);
    // A vote that does not adopt the plan is stopped by the majority rule before saving.
    const lost = plan(['adopt', 'votes', '--for', '5', '--against', '8', '--abstain', '1'], ws);
    expect(lost.code).toBe(1);
    expect(lost.stderr).toMatch(/PAC-ADO-005/);
    ok(['adopt', 'votes', '--for', '12', '--against', '2', '--abstain', '1', '--decision-no', '12/2022'], ws);
    ok(['adopt', 'visa', '--received-on', '2022-05-10', '--status', 'granted', '--visa-on', '2022-05-24', '--reference', 'VISA-2022-118'], ws);
    // After the visa, the publication steps (LO art. 48; law 31-13 art. 10) end the procedure.
    expect(status(ws).current).toBe(5);
    ok(['adopt', 'publication', '--step', 'decision_summary', '--date', '2022-05-30', '--where', 'siège de la commune'], ws);
    ok(['adopt', 'publication', '--step', 'plan', '--date', '2022-06-05'], ws);
    ok(['adopt', 'publication', '--step', 'open_data', '--date', '2022-06-08', '--url', 'https://data.gov.ma/dataset/pac-test'], ws);

    const final = status(ws);
    expect(final.current).toBe(6);
    expect(
      final.phases.flatMap((p: { items: { id: string; state: string }[] }) =>
        p.items.filter((i) => i.state !== 'done' && i.state !== 'off').map((i) => `${i.id}:${i.state}`),
      ),
    ).toEqual([]);
    expect(final.phases.every((p: { complete: boolean }) => p.complete)).toBe(true);
    const v = plan(['validate', ws, '--fail-on', 'warning', '--today', '2022-06-10'], root);
    expect(v.code, v.stdout + v.stderr).toBe(0);
    // The survey went in with its rejected rows.
    expect(readFileSync(path.join(ws, 'consultations.yaml'), 'utf8')).toMatch(/rejected_rows:/);
  }, 120_000);
});
