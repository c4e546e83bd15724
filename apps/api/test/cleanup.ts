import { dropTestSchemas } from './test-database';

// after every test file (its own afterAll hooks have closed its connections by then)
afterAll(() => dropTestSchemas());
