import { lessonSchema, type Lesson } from './lessonSchema';

// Eager: the course list needs every title, and the lessons panel that reads them is a lazy chunk.
const modules = import.meta.glob<{ default: unknown }>('./library/*.json', { eager: true });

/** The course, in file-name order (`NN-slug.json`); a file that does not parse is a bug the unit test reports. */
export const LESSONS: Lesson[] = Object.keys(modules)
  .sort()
  .flatMap((file) => {
    const parsed = lessonSchema.safeParse(modules[file]!.default);
    return parsed.success ? [parsed.data] : [];
  });
