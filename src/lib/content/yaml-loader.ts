import { readFile } from 'node:fs/promises';
import { glob, type Loader } from 'astro/loaders';
import yaml from 'js-yaml';

/**
 * Astro's glob loader for one-entry-per-file YAML, reading each file with
 * YAML's core schema: Astro's default schema turns `2021-13-01` into a later
 * real day before validation; as text it reaches the schema and is refused.
 */
export function yamlLoader(base: string): Loader {
  const inner = glob({ pattern: '*.{yaml,yml}', base });
  return {
    name: 'yaml-loader',
    load: (context) =>
      inner.load({
        ...context,
        parseData: async (props) => {
          if (!props.filePath) return context.parseData(props);
          const data = yaml.load(await readFile(props.filePath, 'utf8'), { schema: yaml.CORE_SCHEMA });
          return context.parseData({ ...props, data: data as typeof props.data });
        },
      }),
  };
}
