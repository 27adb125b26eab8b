/* global module, require */
/**
 * Builds the zh-CN custom-functions metadata from the generated en-US functions.json and the
 * id → name/description table in src/functions/zh-CN.json. Both must list the same ids and
 * parameters: a mismatch fails the build.
 */
const fs = require("fs");

function localizeMetadata(metadata, table) {
  const errors = [];
  const ids = new Set(metadata.functions.map((fn) => fn.id));
  for (const id of Object.keys(table)) {
    if (!ids.has(id)) {
      errors.push(`zh-CN.json names ${id}, which functions.json does not have`);
    }
  }
  const functions = metadata.functions.map((fn) => {
    const entry = table[fn.id];
    if (!entry) {
      errors.push(`zh-CN.json has no entry for ${fn.id}`);
      return fn;
    }
    const parameters = (fn.parameters || []).map((parameter) => {
      const description = entry.parameters && entry.parameters[parameter.name];
      if (!description) {
        errors.push(`zh-CN.json has no description for ${fn.id}(${parameter.name})`);
      }
      return { ...parameter, description: description || parameter.description };
    });
    const result = {
      ...fn,
      name: entry.name || fn.name,
      description: entry.description,
      parameters,
    };
    if (fn.result) {
      result.result = { ...fn.result };
    }
    return result;
  });
  return { metadata: { ...metadata, functions }, errors };
}

class LocalizedFunctionsMetadataPlugin {
  constructor(options) {
    this.options = options;
  }

  apply(compiler) {
    const { RawSource } = compiler.webpack.sources;
    compiler.hooks.thisCompilation.tap("LocalizedFunctionsMetadataPlugin", (compilation) => {
      compilation.hooks.processAssets.tap(
        {
          name: "LocalizedFunctionsMetadataPlugin",
          stage: compiler.webpack.Compilation.PROCESS_ASSETS_STAGE_ADDITIONAL,
        },
        () => {
          const asset = compilation.getAsset(this.options.source);
          if (!asset) {
            return;
          }
          const table = JSON.parse(fs.readFileSync(this.options.table, "utf8"));
          const { metadata, errors } = localizeMetadata(
            JSON.parse(asset.source.source().toString()),
            table
          );
          for (const error of errors) {
            compilation.errors.push(new compiler.webpack.WebpackError(error));
          }
          compilation.fileDependencies.add(this.options.table);
          compilation.emitAsset(
            this.options.output,
            new RawSource(JSON.stringify(metadata, null, 2))
          );
        }
      );
    });
  }
}

module.exports = { localizeMetadata, LocalizedFunctionsMetadataPlugin };
