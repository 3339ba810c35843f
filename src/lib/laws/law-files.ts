/**
 * Reads `content/laws/*.yaml` straight from disk. Astro's collection reads the
 * same files for the pages; the Markdown pipeline runs before collections are
 * available and needs the index of names and article numbers to link
 * citations, so it reads them here with the same schema.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import yaml from 'js-yaml';
import { lawSchema, type LawData } from './law-schema';

export interface LawFile {
  id: string;
  filePath: string;
  data: LawData;
}

export interface LawFileProblem {
  filePath: string;
  message: string;
}

export function readLawFiles(directory: string): { laws: LawFile[]; problems: LawFileProblem[] } {
  const laws: LawFile[] = [];
  const problems: LawFileProblem[] = [];
  let names: string[];
  try {
    names = readdirSync(directory).filter((name) => /\.ya?ml$/.test(name));
  } catch {
    return { laws, problems };
  }
  for (const name of names.sort()) {
    const filePath = join(directory, name);
    // CORE_SCHEMA keeps dates as text so the schema can refuse a day that does not exist.
    const raw = yaml.load(readFileSync(filePath, 'utf8'), { schema: yaml.CORE_SCHEMA });
    const result = lawSchema.safeParse(raw);
    if (result.success) {
      laws.push({ id: name.replace(/\.ya?ml$/, ''), filePath, data: result.data });
    } else {
      for (const issue of result.error.issues) {
        problems.push({
          filePath,
          message: `${issue.path.join('.') || '（整个文件）'}：${issue.message}`,
        });
      }
    }
  }
  return { laws, problems };
}
