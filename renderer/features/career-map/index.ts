/**
 * A track's career map and the changes between two levels. What other features and the app frame may use of this feature; the rest is its own.
 */
export { CareerMapScreen } from './career-map-screen';
export { LevelChangesScreen } from './level-changes-screen';
export { StatementChangeTag, StatementChangeText } from './statement-change';
export { StatementText } from './statement-text';
