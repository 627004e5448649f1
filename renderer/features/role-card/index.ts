/**
 * A role card. What other features and the app frame may use of this feature; the rest is its own.
 */
export { RoleCardScreen } from './role-card-screen';
