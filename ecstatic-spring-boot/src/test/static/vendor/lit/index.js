// stands for a library imported by its bare specifier 'lit'
export const html = (strings) => strings.join('');
