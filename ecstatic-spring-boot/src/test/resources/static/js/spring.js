// served and versioned by Spring's own resource chain
console.log('spring');
