export { userManager, returnPath, type SigninState } from './user-manager';
export { useMe, meQuery, hasPermission, usePermission, type Permission } from './use-me';
