// Runs the API's TypeScript sources directly (dev mode, CLI in development): SWC with the API's
// tsconfig, so decorators, their metadata and the @koers/* paths work as in the build.
const path = require('node:path');

process.env.SWC_NODE_PROJECT ??= path.join(__dirname, '../apps/api/tsconfig.app.json');
require('@swc-node/register');
