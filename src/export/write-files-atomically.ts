import { existsSync, mkdirSync, mkdtempSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';

/**
 * Writes every file or none. The files are staged in a temporary directory beside the target; a new target
 * directory is that directory renamed into place, an existing one receives each file by rename (atomic per file),
 * so other files the user keeps there are left alone and a failure leaves no half-written policy behind.
 */
export function writeFilesAtomically(directory: string, files: Readonly<Record<string, string>>): string[] {
  const target = resolve(directory);
  mkdirSync(dirname(target), { recursive: true });
  const staging = mkdtempSync(join(dirname(target), `.${basename(target)}.tmp-`));
  try {
    for (const [name, content] of Object.entries(files)) writeFileSync(join(staging, name), content);
    if (!existsSync(target)) {
      renameSync(staging, target);
    } else {
      for (const name of Object.keys(files)) renameSync(join(staging, name), join(target, name));
      rmSync(staging, { recursive: true, force: true });
    }
  } catch (error) {
    rmSync(staging, { recursive: true, force: true });
    throw error;
  }
  return Object.keys(files).map((name) => join(directory, name));
}
