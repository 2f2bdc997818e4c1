import { formatEvidence } from './explain-permissions';
import { renderTable } from './render-table';
import type { VerifyReport } from '../verify/types';

const mark = (holds: boolean) => (holds ? 'ok  ' : 'FAIL');

/** The verification report as a person reads it: one section per check, failures spelled out beneath each. */
export function renderVerifyReport(report: VerifyReport, title: string): string {
  const out: string[] = [`agc-permissions verify: ${title}`, ''];

  const commands = report.commands.filter((c) => c.total > 0 || c.denied.length > 0);
  const sessions = report.sessions > 1 ? `; each tried in ${report.sessions} sessions, every named region with every named project` : '';
  out.push(`AGC commands (requirements allowed / total${sessions}):`);
  out.push(renderTable(['', 'COMMAND', 'PERSONA', 'ALLOWED'], report.commands.map((c) => [mark(c.denied.length === 0), `agc ${c.command}`, c.persona, `${c.allowed}/${c.total}`])).trimEnd());
  for (const command of commands) {
    for (const denied of command.denied) {
      const r = denied.requirement;
      out.push(`  DENIED  agc ${command.command} in ${denied.session.region}, project ${denied.session.project}, will fail with AccessDenied: ${r.action} on ${denied.request.resource} (${r.id}; ${r.evidence.map(formatEvidence).join(' ')})`);
    }
  }

  out.push('', `Must-deny probes: ${report.probes.denied}/${report.probes.total} denied`);
  for (const probe of report.probes.allowed) {
    out.push(`  ALLOWED ${probe.id} [${probe.group}, ${probe.persona}]: ${probe.request.action} on ${probe.request.resource}: ${probe.reason}`);
  }

  out.push('', `IAM catalog ${report.catalog.version} (data of ${report.catalog.updatedAt.slice(0, 10)}): ${report.catalogFindings.length} findings`);
  for (const finding of report.catalogFindings) out.push(`  ${finding.code} ${finding.where}: ${finding.message}`);

  out.push('', 'Policy sizes (characters without white space, worst case):');
  out.push(renderTable(['', 'POLICY', 'SIZE', 'MAX', 'HEADROOM'], report.sizes.map((s) => [mark(s.headroom >= 0), s.policy, String(s.size), String(s.max), String(s.headroom)])).trimEnd());

  out.push('', `Minimality by deletion: ${report.unusedGrants.length} unused grants`);
  for (const finding of report.unusedGrants) out.push(`  ${finding.code} ${finding.where}: ${finding.message}`);

  out.push('', report.ok ? 'RESULT: all checks hold' : 'RESULT: FAILED (see above)', '');
  return out.join('\n');
}
