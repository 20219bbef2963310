// A copy of a string that shares no memory with the text it was cut from. V8 keeps a substring
// of 13 characters or more (a regex match, a slice) as a view into its parent, so the ids the
// link check keeps from each built page kept every page's whole HTML alive: 94 MiB at 1,000
// synthetic pages (10 MiB as copies), held at the end of the build, where its memory peaks
// (issue 20). A JSON round trip is the one plain-JavaScript way that always makes a new string.
export const ownCopy = (text: string): string => JSON.parse(JSON.stringify(text)) as string;
