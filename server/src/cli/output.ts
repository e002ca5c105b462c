// Where the formatted report goes: a stream (written as it comes) or --output-file (written at the end).
import { promises as fsp } from 'node:fs';
import { dirname } from 'node:path';

export interface Sink {
  write(text: string): void;
  /** Finishes the output; rejects when the output file cannot be written. */
  close(): Promise<void>;
}

export function streamSink(stream: NodeJS.WritableStream): Sink {
  return {
    write: (text) => {
      if (text) stream.write(text);
    },
    close: async () => undefined,
  };
}

export function fileSink(file: string): Sink {
  const parts: string[] = [];
  return {
    write: (text) => {
      parts.push(text);
    },
    close: async () => {
      await fsp.mkdir(dirname(file), { recursive: true });
      await fsp.writeFile(file, parts.join(''), 'utf8');
    },
  };
}
