/**
 * The people: the list, one person's screen, and the save-problem banner. What other features and the app frame may use of this feature; the rest is its own.
 */
export { PeopleNav } from './people-nav';
export { PersonScreen } from './person-screen';
export { SaveProblem } from './save-problem';
