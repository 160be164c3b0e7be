import { UserManager } from 'oidc-client-ts';
import { config } from '@/config';
import { userManagerSettings } from './settings';

void new UserManager(userManagerSettings(config, window.location.origin)).signinSilentCallback();
