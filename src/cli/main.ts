/**
 * The `news-quiz` command line: one sub-command per module in this folder.
 * Each takes its arguments and an output sink and returns the exit status.
 */
import { validateCommand } from './validate.js';
import { generateCommand } from './generate.js';
import { exportCommand } from './export.js';
import { draftCommand } from './draft.js';
import { reviewCommand } from './review.js';
import { QUIZ_FORMATS } from '../export/formats.js';
import { consoleIo, type Command } from './io.js';

const commands: Record<string, Command> = {
  validate: validateCommand,
  generate: generateCommand,
  export: exportCommand,
  draft: draftCommand,
  review: reviewCommand,
};

const usage = `Usage: news-quiz <command> [options]

Commands:
  validate FILE...                      check fact banks; one line per problem
  generate BANK [--seed S] [--count N] [--kinds k1,k2] [--difficulty D] [--articles a1,a2] [--all]
                                        print a quiz as JSON
  export BANK --format ${Object.keys(QUIZ_FORMATS).join('|')} [--seed S] [--count N] [--kinds ...]
                                        print the quiz for Moodle (GIFT) or as a printable HTML worksheet
  draft ARTICLE.txt [--title T] [--site S] [--date D]
                                        draft a fact bank from an article's text
  review BANK [--seed S]                print every question the bank can make, with every distractor
                                        and false statement, as an HTML page to read before class

Run "news-quiz <command> --help" for a command's options.

Exit status: 0 done, 1 a problem in a file (or a quiz it cannot make), 2 usage error.`;

async function main(argv: string[]): Promise<number> {
  const [name, ...rest] = argv;
  if (!name || name === '--help' || name === '-h' || name === 'help') {
    (name ? consoleIo.out : consoleIo.err)(usage);
    return name ? 0 : 2;
  }
  // Only the commands themselves: `__proto__`, `constructor` or `toString` are no command.
  const command = Object.hasOwn(commands, name) ? commands[name] : undefined;
  if (!command) {
    consoleIo.err(`news-quiz: unknown command "${name}".\n\n${usage}`);
    return 2;
  }
  return command(rest, consoleIo);
}

main(process.argv.slice(2)).then(
  (status) => {
    process.exitCode = status;
  },
  (error: unknown) => {
    consoleIo.err(`news-quiz: internal error: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
    process.exitCode = 70;
  },
);
