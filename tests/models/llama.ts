/**
 * The one llama.cpp binding the tests use: node-llama-cpp's prebuilt CPU binary, never a GPU, never a
 * build from source, one thread (on two cores a second thread only adds contention), errors only.
 */
import { getLlama, LlamaLogLevel, type Llama } from 'node-llama-cpp';

let llama: Promise<Llama> | undefined;
let hushDepth = 0;

export function testLlama(): Promise<Llama> {
  llama ??= getLlama({
    gpu: false,
    build: 'never',
    maxThreads: 1,
    logLevel: LlamaLogLevel.error,
    logger: (_level, message) => {
      if (hushDepth === 0) console.error(`[llama.cpp] ${message.trimEnd()}`);
    },
  });
  return llama;
}

/**
 * Runs `task` with llama.cpp's errors silenced: loading a vocab-only file makes llama.cpp's size probe
 * report the weights it was told not to load.
 */
export async function quietly<T>(task: () => Promise<T>): Promise<T> {
  hushDepth++;
  try {
    return await task();
  } finally {
    hushDepth--;
  }
}
