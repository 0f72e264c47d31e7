import { fieldTable, phoneField } from '../../shared/fieldTable';
import { idDropdownParameter } from '../../shared/params';

/** Users belong to the agency (company) and to the sub-accounts their role lists (users.json). */
export const userIdParameter = idDropdownParameter('userId', 'User Name or ID', 'getUsers', 'user');

export const ROLE_TYPES = [
	{ name: 'Sub-Account User', value: 'account' },
	{ name: 'Agency User', value: 'agency' },
];
export const ROLES = [
	{ name: 'Admin', value: 'admin' },
	{ name: 'User', value: 'user' },
];

export const USER_FIELDS = fieldTable([
	{
		name: 'firstName',
		title: 'First Name',
		description: 'First name of the user',
		check: 'text',
		nonEmpty: true,
	},
	{
		name: 'lastName',
		title: 'Last Name',
		description: 'Last name of the user',
		check: 'text',
		nonEmpty: true,
	},
	{
		name: 'email',
		title: 'Email',
		description: 'Email address the user signs in with',
		check: 'email',
		placeholder: 'name@example.com',
	},
	{
		name: 'password',
		title: 'Password',
		description: 'Password the user signs in with',
		check: 'text',
		nonEmpty: true,
		typeOptions: { password: true },
	},
	phoneField(),
	{
		name: 'type',
		title: 'Type',
		description: 'Whether the user works in sub-accounts or in the agency',
		check: 'choice',
		type: 'options',
		options: ROLE_TYPES,
		default: 'account',
	},
	{
		name: 'role',
		title: 'Role',
		description: 'Admin users can change settings; users work with records',
		check: 'choice',
		type: 'options',
		options: ROLES,
		default: 'user',
	},
	{
		name: 'locationIds',
		title: 'Sub-Account IDs',
		description:
			'IDs of the sub-accounts the user works in, separated by commas (the node’s sub-account when left out on create)',
		check: 'list',
		placeholder: 've9EPM428h8vShlRW1KT',
	},
]);
