/** Every content schema, one module per concern, gathered in one place. */
export * from './common';
export * from './organisation';
export * from './person';
export * from './body';
export * from './meeting';
export * from './paper';
export * from './plan';
export * from './measure';
export * from './topic';
