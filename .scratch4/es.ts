import { ESLint } from 'eslint';
import regexp from 'eslint-plugin-regexp';
import ts from 'typescript';
import { readSource, sourceFiles } from '../test/_regexes';
const eslint = new ESLint({ overrideConfigFile: true, overrideConfig: [{ ...regexp.configs['flat/recommended'], files: ['**/*.js'], rules: { ...regexp.configs['flat/recommended'].rules, 'regexp/no-super-linear-move': 'error' } } as any] });
for (const f of sourceFiles('src')) {
  const js = ts.transpileModule(readSource(f), { compilerOptions: { target: ts.ScriptTarget.ES2022, module: ts.ModuleKind.ESNext, removeComments: false } }).outputText;
  const [r] = await eslint.lintText(js, { filePath: f.replace(/\.ts$/, '.js') });
  for (const m of r!.messages) console.log(f, m.line, m.ruleId, m.severity, m.message.slice(0, 150));
}
