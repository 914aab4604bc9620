/** The largest page the adapter contract allows: what a read of every match asks for at a time. */
export const LARGEST_PAGE = 1000;
