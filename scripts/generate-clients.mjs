console.log('generate: pending')
