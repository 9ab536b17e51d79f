import bcrypt from 'bcryptjs';

const COST = 10;
// Compared against when the email is unknown, so both paths take the same time.
const DUMMY_HASH = bcrypt.hashSync('cordon-dummy-password', COST);

export const hashPassword = (password: string): Promise<string> => bcrypt.hash(password, COST);

export const verifyPassword = (password: string, hash: string | null): Promise<boolean> =>
  bcrypt.compare(password, hash ?? DUMMY_HASH).then((ok) => ok && hash !== null);
