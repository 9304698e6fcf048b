// Runs the shared status rule off the main bundle: a worker has its own module graph, so importing the whole
// classifier here does not pull it into the public pages' first download (they use one small part of that module).
import { classifyIndicator, type ClassifierInput } from '@ccm/shared/domain/classify';

self.onmessage = (event: MessageEvent<ClassifierInput>) => {
  self.postMessage(classifyIndicator(event.data));
};
