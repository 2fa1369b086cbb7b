/** `news-quiz export BANK --format gift|worksheet`: a quiz for Moodle or for paper. */
import { generate } from '../domain/generate.js';
import { QUIZ_FORMATS, isQuizFormat } from '../export/formats.js';
import { UsageError, command, loadBank, oneFile, writeOutput } from './io.js';
import { EXIT_USAGE, QUIZ_OPTIONS, QUIZ_USAGE, quizOptions, quizOrWhy } from './quiz-options.js';

const FORMATS = Object.keys(QUIZ_FORMATS);

const usage = `Usage: news-quiz export BANK --format ${FORMATS.join('|')} [options]

Prints a quiz made from the fact bank BANK:
${Object.entries(QUIZ_FORMATS)
  .map(([name, format]) => `  ${name.padEnd(11)}${format.description}`)
  .join('\n')}

Options:
  --format F        ${FORMATS.join(' or ')} (required)
${QUIZ_USAGE}
  --title T         the worksheet's heading, or the Moodle category for GIFT
  --out FILE        write to FILE instead of standard output
  --help            print this text

${EXIT_USAGE}`;

/** `news-quiz export`: see {@link usage}. */
export const exportCommand = command('export', {
  usage,
  options: { ...QUIZ_OPTIONS, format: { type: 'string' }, title: { type: 'string' }, out: { type: 'string' } },
  async run(values, files, io) {
    const file = oneFile(files, 'bank');
    const name = values.format;
    if (name === undefined) throw new UsageError(`--format is required (${FORMATS.join(' or ')})`);
    if (!isQuizFormat(name)) throw new UsageError(`unknown format "${name}"; the formats are ${FORMATS.join(', ')}`);
    const options = quizOptions(values);
    const bank = await loadBank('export', file, io, 'exported');
    if (!bank) return 1;
    const quiz = quizOrWhy('export', file, io, () => generate(bank, options));
    if (!quiz) return 1;
    const output = QUIZ_FORMATS[name].render(quiz, bank, values.title === undefined ? {} : { title: values.title });
    return writeOutput('export', values.out, output, `${quiz.questions.length} questions (${name})`, io);
  },
});
