/** Question tables that are training material (scored first, then learned from). */
export const TRAINING_TABLES: readonly string[] = ['never-tuned-a', 'never-tuned-c', 'never-tuned-d'];
