#!/usr/bin/env node
/**
 * Offline manifest check (the official validator calls an online service). Parses manifest.xml and asserts the
 * rules Office enforces for this add-in: element order, the shared runtime wiring, resids that resolve to the
 * right kind of resource, https URLs, and unique upper-case function ids in the built functions.json.
 * Usage: node scripts/check-manifest.js manifest.xml [dist/functions.json]
 */
const fs = require("fs");
const { DOMParser } = require("@xmldom/xmldom");

/** Order of OfficeApp's children in the TaskPaneApp schema (optional ones may be absent, none may move). */
const OFFICE_APP_ORDER = [
  "Id",
  "AlternateId",
  "Version",
  "ProviderName",
  "DefaultLocale",
  "DisplayName",
  "Description",
  "IconUrl",
  "HighResolutionIconUrl",
  "SupportUrl",
  "AppDomains",
  "Hosts",
  "Requirements",
  "DefaultSettings",
  "Permissions",
  "VersionOverrides",
];
const CUSTOM_FUNCTIONS_ORDER = ["Script", "Page", "Metadata", "Namespace"];
/** Which resource collection each resid-bearing element must point into. */
const RESID_KIND = {
  Runtime: "Urls",
  SourceLocation: "Urls",
  FunctionFile: "Urls",
  LearnMoreUrl: "Urls",
  Image: "Images",
  Label: "ShortStrings",
  Title: "ShortStrings",
  Namespace: "ShortStrings",
  Description: "LongStrings",
};

function elements(node) {
  const out = [];
  for (let c = node.firstChild; c; c = c.nextSibling) if (c.nodeType === 1) out.push(c);
  return out;
}
function all(node, localName) {
  const out = [];
  (function walk(n) {
    for (const c of elements(n)) {
      if (c.localName === localName) out.push(c);
      walk(c);
    }
  })(node);
  return out;
}
function child(node, localName) {
  return elements(node).find((c) => c.localName === localName);
}
function xsiType(node) {
  return node.getAttributeNS("http://www.w3.org/2001/XMLSchema-instance", "type") || node.getAttribute("xsi:type");
}
function checkOrder(parent, order, where, problems) {
  let last = -1;
  for (const c of elements(parent)) {
    const i = order.indexOf(c.localName);
    if (i < 0) continue;
    if (i < last) problems.push(`${where}: <${c.localName}> is out of order (expected order: ${order.join(", ")})`);
    last = Math.max(last, i);
  }
}

/** All problems found in a manifest (and optionally the built functions.json); an empty list means it passes. */
function checkManifest(xml, functionsJson) {
  const problems = [];
  const parseErrors = [];
  let doc;
  try {
    doc = new DOMParser({ onError: (level, msg) => level !== "warning" && parseErrors.push(msg) }).parseFromString(
      xml,
      "text/xml",
    );
  } catch (error) {
    parseErrors.push(error.message);
  }
  if (parseErrors.length || !doc || !doc.documentElement)
    return [`manifest is not well-formed XML: ${parseErrors.join("; ")}`];
  const root = doc.documentElement;
  if (root.localName !== "OfficeApp") return ["the root element must be <OfficeApp>"];
  if (xsiType(root) !== "TaskPaneApp") problems.push('OfficeApp must have xsi:type="TaskPaneApp"');
  checkOrder(root, OFFICE_APP_ORDER, "OfficeApp", problems);
  for (const name of [
    "Id",
    "Version",
    "ProviderName",
    "DefaultLocale",
    "DisplayName",
    "Description",
    "IconUrl",
    "DefaultSettings",
    "Permissions",
  ]) {
    if (!child(root, name)) problems.push(`OfficeApp is missing <${name}>`);
  }
  const id = child(root, "Id");
  if (id && !/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(id.textContent.trim()))
    problems.push("<Id> must be a GUID");
  const version = child(root, "Version");
  if (version && !/^\d+(\.\d+){0,3}$/.test(version.textContent.trim()))
    problems.push("<Version> must look like 1.0.0.0");
  const hosts = child(root, "Hosts");
  if (!hosts || !elements(hosts).some((h) => h.getAttribute("Name") === "Workbook"))
    problems.push('<Hosts> must name the "Workbook" host');
  const sets = all(root, "Set").map((s) => s.getAttribute("Name"));
  if (!sets.includes("SharedRuntime")) problems.push("<Requirements> must require the SharedRuntime set");

  // Resources: ids unique, at most 32 characters, by collection.
  const resources = {};
  for (const kind of ["Images", "Urls", "ShortStrings", "LongStrings"]) {
    resources[kind] = new Map();
    for (const collection of all(root, kind)) {
      for (const item of elements(collection)) {
        const rid = item.getAttribute("id");
        if (!rid) problems.push(`a resource in <bt:${kind}> has no id`);
        else if (resources[kind].has(rid)) problems.push(`resource id "${rid}" is defined twice in <bt:${kind}>`);
        else resources[kind].set(rid, item);
        if (rid && rid.length > 32) problems.push(`resource id "${rid}" is longer than 32 characters`);
      }
    }
  }
  const vo = child(root, "VersionOverrides");
  if (!vo) problems.push("<VersionOverrides> is missing");
  const residNodes = vo ? collectResids(vo) : [];
  for (const node of residNodes) {
    const rid = node.getAttribute("resid");
    const kind = RESID_KIND[node.localName];
    const found = Object.keys(resources).filter((k) => resources[k].has(rid));
    if (found.length === 0) problems.push(`<${node.localName} resid="${rid}"> does not resolve to any resource`);
    else if (kind && !found.includes(kind))
      problems.push(
        `<${node.localName} resid="${rid}"> must point to a ${kind} resource, found in ${found.join(", ")}`,
      );
  }

  // Shared runtime: one long-lived runtime whose page hosts the pane, the functions and the commands.
  const runtimes = vo ? all(vo, "Runtime") : [];
  const runtime = runtimes[0];
  if (!runtime) problems.push("<Runtimes> must declare the shared runtime");
  else {
    if (runtime.getAttribute("lifetime") !== "long") problems.push('the shared <Runtime> must have lifetime="long"');
    const rid = runtime.getAttribute("resid");
    const cf = vo && all(vo, "ExtensionPoint").find((e) => xsiType(e) === "CustomFunctions");
    if (!cf) problems.push("the CustomFunctions extension point is missing");
    else {
      checkOrder(cf, CUSTOM_FUNCTIONS_ORDER, "CustomFunctions", problems);
      for (const name of CUSTOM_FUNCTIONS_ORDER)
        if (!child(cf, name)) problems.push(`CustomFunctions is missing <${name}>`);
      const page = child(cf, "Page");
      const pageLoc = page && child(page, "SourceLocation");
      if (pageLoc && pageLoc.getAttribute("resid") !== rid)
        problems.push(`CustomFunctions <Page> must use the runtime's resid "${rid}"`);
      const ns = child(cf, "Namespace");
      const nsString = ns && resources.ShortStrings.get(ns.getAttribute("resid"));
      if (nsString && nsString.getAttribute("DefaultValue") !== "CREDIT")
        problems.push('the functions namespace must be "CREDIT"');
    }
    const functionFile = vo && all(vo, "FunctionFile")[0];
    if (!functionFile) problems.push("<FunctionFile> is missing");
    else if (functionFile.getAttribute("resid") !== rid)
      problems.push(`<FunctionFile> must use the runtime's resid "${rid}"`);
    for (const action of vo ? all(vo, "Action").filter((a) => xsiType(a) === "ShowTaskpane") : []) {
      const loc = child(action, "SourceLocation");
      if (!loc || loc.getAttribute("resid") !== rid)
        problems.push(`the ShowTaskpane action must use the runtime's resid "${rid}"`);
    }
    for (const action of vo ? all(vo, "Action").filter((a) => xsiType(a) === "ExecuteFunction") : []) {
      const fn = child(action, "FunctionName");
      if (!fn || !fn.textContent.trim()) problems.push("an ExecuteFunction action has no <FunctionName>");
    }
  }

  // Every URL is https.
  const urls = [];
  for (const name of ["IconUrl", "HighResolutionIconUrl", "SupportUrl"]) {
    const n = child(root, name);
    if (n) urls.push([name, n.getAttribute("DefaultValue")]);
  }
  for (const n of all(root, "SourceLocation"))
    if (n.getAttribute("DefaultValue")) urls.push(["SourceLocation", n.getAttribute("DefaultValue")]);
  for (const n of all(root, "AppDomain")) urls.push(["AppDomain", n.textContent.trim()]);
  for (const kind of ["Images", "Urls"]) {
    for (const [rid, item] of resources[kind]) {
      urls.push([rid, item.getAttribute("DefaultValue")]);
      for (const o of elements(item)) urls.push([`${rid} (${o.getAttribute("Locale")})`, o.getAttribute("Value")]);
    }
  }
  for (const [where, url] of urls)
    if (!/^https:\/\//.test(url || "")) problems.push(`${where}: URL "${url}" must use https`);

  if (functionsJson !== undefined) problems.push(...checkFunctionsMetadata(functionsJson));
  return problems;
}

function collectResids(vo) {
  const out = [];
  (function walk(n) {
    for (const c of elements(n)) {
      if (c.hasAttribute("resid")) out.push(c);
      walk(c);
    }
  })(vo);
  return out;
}

/** functions.json: every id and name unique and upper case (Excel shows them as typed: CREDIT.DSO). */
function checkFunctionsMetadata(text) {
  const problems = [];
  let metadata;
  try {
    metadata = JSON.parse(text);
  } catch (error) {
    return [`functions.json is not JSON: ${error.message}`];
  }
  const seen = new Set();
  for (const fn of metadata.functions || []) {
    if (!/^[A-Z][A-Z0-9_]*$/.test(fn.id))
      problems.push(`function id "${fn.id}" must be upper case letters, digits or _`);
    if (fn.name !== fn.name.toUpperCase()) problems.push(`function name "${fn.name}" must be upper case`);
    if (seen.has(fn.id)) problems.push(`function id "${fn.id}" is defined twice`);
    seen.add(fn.id);
  }
  if (seen.size === 0) problems.push("functions.json defines no functions");
  return problems;
}

module.exports = { checkManifest, checkFunctionsMetadata };

if (require.main === module) {
  const [manifestPath = "manifest.xml", functionsPath] = process.argv.slice(2);
  const functions = functionsPath ? fs.readFileSync(functionsPath, "utf8") : undefined;
  const problems = checkManifest(fs.readFileSync(manifestPath, "utf8"), functions);
  if (problems.length) {
    console.error(`manifest check failed (${manifestPath}):`);
    for (const p of problems) console.error(`  - ${p}`);
    process.exit(1);
  }
  console.log(`manifest check passed: ${manifestPath}${functionsPath ? ` and ${functionsPath}` : ""}`);
}
