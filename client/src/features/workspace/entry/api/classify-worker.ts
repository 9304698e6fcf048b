// Runs the shared status rule off the main bundle: a worker has its own module graph, so importing the whole
// classifier here does not pull it into the public pages' first download (they use one small part of that module).
import { classifyWithReason, type ClassifyJob } from './classify-job.ts';

self.onmessage = (event: MessageEvent<ClassifyJob>) => {
  self.postMessage(classifyWithReason(event.data));
};
