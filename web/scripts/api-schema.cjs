// GraphQL Code Generator's schema loader: the API schema of the committed supergraph, as
// clients see it (join and link directives gone, @inaccessible elements removed), computed by
// the same federation library that composed it.
const { readFileSync } = require("node:fs");
const { Supergraph } = require("@apollo/federation-internals");

module.exports = (pointer) =>
  Supergraph.build(readFileSync(pointer, "utf8")).apiSchema().toGraphQLJSSchema();
